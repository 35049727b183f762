stub: upstream file of 20369 bytes
