stub: upstream file of 23394 bytes
