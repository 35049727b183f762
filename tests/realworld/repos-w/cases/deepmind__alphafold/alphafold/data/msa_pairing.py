stub: upstream file of 17220 bytes
