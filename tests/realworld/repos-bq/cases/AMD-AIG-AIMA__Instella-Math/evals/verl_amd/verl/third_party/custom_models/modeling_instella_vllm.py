stub: upstream file of 25153 bytes
