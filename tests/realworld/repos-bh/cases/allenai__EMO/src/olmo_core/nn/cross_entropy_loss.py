stub: upstream file of 7225 bytes
