stub: upstream file of 44719 bytes
