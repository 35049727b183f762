stub: upstream file of 14487 bytes
