stub: upstream file of 387564 bytes
