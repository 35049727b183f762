stub: upstream file of 2826 bytes
