stub: upstream file of 10428 bytes
