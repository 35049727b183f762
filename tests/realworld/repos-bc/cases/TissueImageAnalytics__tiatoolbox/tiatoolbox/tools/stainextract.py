stub: upstream file of 10538 bytes
