stub: upstream file of 10766 bytes
