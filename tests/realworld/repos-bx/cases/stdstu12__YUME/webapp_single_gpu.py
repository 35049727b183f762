stub: upstream file of 61719 bytes
