stub: upstream file of 7929 bytes
