stub: upstream file of 18875 bytes
