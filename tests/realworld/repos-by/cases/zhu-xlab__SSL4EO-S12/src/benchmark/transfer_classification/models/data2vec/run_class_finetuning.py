stub: upstream file of 31719 bytes
