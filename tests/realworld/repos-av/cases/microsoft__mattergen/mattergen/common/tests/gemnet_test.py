stub: upstream file of 12804 bytes
