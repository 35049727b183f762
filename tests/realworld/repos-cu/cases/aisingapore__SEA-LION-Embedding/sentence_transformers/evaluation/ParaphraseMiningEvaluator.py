stub: upstream file of 12433 bytes
