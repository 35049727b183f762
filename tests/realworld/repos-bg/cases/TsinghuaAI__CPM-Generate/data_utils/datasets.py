stub: upstream file of 31718 bytes
