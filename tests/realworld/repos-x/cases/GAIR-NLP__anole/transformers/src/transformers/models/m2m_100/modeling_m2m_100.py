stub: upstream file of 75719 bytes
