stub: upstream file of 28719 bytes
