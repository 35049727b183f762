stub: upstream file of 8719 bytes
