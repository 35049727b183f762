stub: upstream file of 72074 bytes
