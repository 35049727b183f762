stub: upstream file of 35265 bytes
