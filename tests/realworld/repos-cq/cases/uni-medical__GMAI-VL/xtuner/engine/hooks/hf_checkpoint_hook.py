stub: upstream file of 2724 bytes
