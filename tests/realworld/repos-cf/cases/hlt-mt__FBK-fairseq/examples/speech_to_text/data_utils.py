stub: upstream file of 9315 bytes
