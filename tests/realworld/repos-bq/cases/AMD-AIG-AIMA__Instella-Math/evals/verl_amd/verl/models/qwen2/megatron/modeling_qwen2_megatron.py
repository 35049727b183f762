stub: upstream file of 32943 bytes
