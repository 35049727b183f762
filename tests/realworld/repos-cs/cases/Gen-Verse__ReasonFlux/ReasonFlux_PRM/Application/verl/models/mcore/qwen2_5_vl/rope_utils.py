stub: upstream file of 12471 bytes
