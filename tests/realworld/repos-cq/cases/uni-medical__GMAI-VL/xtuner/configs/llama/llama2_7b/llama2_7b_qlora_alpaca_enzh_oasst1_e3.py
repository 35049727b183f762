stub: upstream file of 8449 bytes
