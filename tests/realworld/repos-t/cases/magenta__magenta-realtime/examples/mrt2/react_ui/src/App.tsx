stub: upstream file of 57719 bytes
