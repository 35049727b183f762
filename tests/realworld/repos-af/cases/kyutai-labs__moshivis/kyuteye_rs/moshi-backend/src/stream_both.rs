stub: upstream file of 32719 bytes
