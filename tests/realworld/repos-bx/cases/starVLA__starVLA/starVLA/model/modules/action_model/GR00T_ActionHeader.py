stub: upstream file of 19394 bytes
