stub: upstream file of 12394 bytes
