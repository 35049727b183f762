stub: upstream file of 10719 bytes
