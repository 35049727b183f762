stub: upstream file of 3719 bytes
