stub: upstream file of 14859 bytes
