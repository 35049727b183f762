stub: upstream file of 12920 bytes
