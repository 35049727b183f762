stub: upstream file of 14719 bytes
