stub: upstream file of 23136 bytes
