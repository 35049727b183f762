stub: upstream file of 23719 bytes
