stub: upstream file of 12719 bytes
