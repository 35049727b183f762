stub: upstream file of 719 bytes
