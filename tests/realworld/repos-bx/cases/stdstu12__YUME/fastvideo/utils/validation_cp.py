stub: upstream file of 31556 bytes
