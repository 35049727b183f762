stub: upstream file of 12634 bytes
