stub: upstream file of 14966 bytes
