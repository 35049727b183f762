stub: upstream file of 9719 bytes
