stub: upstream file of 8266 bytes
