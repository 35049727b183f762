stub: upstream file of 24212 bytes
