stub: upstream file of 40719 bytes
