stub: upstream file of 63564 bytes
