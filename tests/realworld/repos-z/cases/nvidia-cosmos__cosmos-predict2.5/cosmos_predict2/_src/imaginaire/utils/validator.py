stub: upstream file of 17708 bytes
