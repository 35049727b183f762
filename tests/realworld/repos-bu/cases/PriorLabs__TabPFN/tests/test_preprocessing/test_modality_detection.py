stub: upstream file of 23676 bytes
