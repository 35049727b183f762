stub: upstream file of 4719 bytes
