stub: upstream file of 7719 bytes
