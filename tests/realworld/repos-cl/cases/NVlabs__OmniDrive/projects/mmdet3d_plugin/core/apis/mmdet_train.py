stub: upstream file of 8074 bytes
